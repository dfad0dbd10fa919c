import { AppHeader } from "@/components/app-header";

// The regional view: the header, no programme navigation (a regional coordinator has none).
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AppHeader />
      {children}
    </>
  );
}
