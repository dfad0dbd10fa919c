import { notFound, redirect } from "next/navigation";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { getViewer, type Viewer } from "./viewer";

// Every page starts here: signed-out visitors go to sign-in and come back afterwards.
export async function requirePageViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}

// Runs a lib/ query for a page; denied and absent both become the 404 page.
export async function loadForPage<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof UnauthenticatedError) notFound();
    throw error;
  }
}
