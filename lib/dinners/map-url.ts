// A map link that works without any API key: OpenStreetMap's search for the address.
export function mapUrl(address: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}
