import { AppHeader } from "@/components/app-header";

// The trust-check link's pages: the header (language switch), signed in or not.
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AppHeader />
      {children}
    </>
  );
}
