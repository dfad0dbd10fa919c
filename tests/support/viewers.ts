import { loadViewer, type Viewer } from "@/lib/auth/viewer";

export async function viewerOf(personId: string): Promise<Viewer> {
  const viewer = await loadViewer(personId);
  if (!viewer) throw new Error(`No person ${personId}`);
  return viewer;
}
