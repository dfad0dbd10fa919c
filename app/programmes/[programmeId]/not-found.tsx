import { NotFoundPage } from "@/components/page/not-found-page";

// Inside the programme layout, whose header (with the member's own places) is already there.
export default function NotFound() {
  return <NotFoundPage />;
}
