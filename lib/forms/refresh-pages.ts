import { revalidatePath } from "next/cache";

// After any change, the one way to refresh what members see. Every page is rendered per
// request (it reads the session), so the server caches no page; this tells the browser's
// router to drop the pages it kept, so every page shows the change, wherever it appears
// (a dinner's answer shows on the start page, the dinner, the agenda and the year).
export function refreshPages(): void {
  revalidatePath("/", "layout");
}
