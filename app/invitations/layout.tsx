import { AppHeader } from "@/components/app-header";

// The invitation pages: the header (language switch) for people not yet members.
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AppHeader />
      {children}
    </>
  );
}
