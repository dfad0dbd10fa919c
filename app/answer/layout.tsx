import { AppHeader } from "@/components/app-header";

// The reminder answer link's pages (issue 14): the header (language switch), signed in or not.
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AppHeader />
      {children}
    </>
  );
}
