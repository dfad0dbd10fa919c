import { AppHeader } from "@/components/app-header";

// The pulse pages: reached from an e-mailed link, without signing in.
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AppHeader />
      {children}
    </>
  );
}
