import { AppHeader } from "@/components/app-header";

// The sign-in pages: the header (language switch) for visitors not yet signed in.
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AppHeader />
      {children}
    </>
  );
}
