import { notFound, redirect } from "next/navigation";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { keepLocaleInStep } from "@/lib/i18n/locale-cookie";
import { getViewer, getViewerWith, type Viewer, type ViewerPart } from "./viewer";

// Every page starts here: signed-out visitors go to sign-in and come back afterwards.
export async function requirePageViewer(returnTo: string): Promise<Viewer> {
  return signedIn(await getViewer(), returnTo);
}

// requirePageViewer, with the page's part read in the viewer's own statement (the start page).
export async function requirePageViewerWith<T>(returnTo: string, part: ViewerPart<T>): Promise<{ viewer: Viewer; part: T }> {
  const found = await loadForPage(() => getViewerWith(part));
  await signedIn(found?.viewer ?? null, returnTo);
  return found!;
}

async function signedIn(viewer: Viewer | null, returnTo: string): Promise<Viewer> {
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await keepLocaleInStep(viewer);
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
