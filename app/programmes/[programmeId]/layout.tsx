import { AppHeader } from "@/components/app-header";

// Every programme page: the header with the programme's navigation, then the page's <Page>.
export default async function ProgrammeLayout({ children, params }: { children: React.ReactNode; params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  return (
    <>
      <AppHeader programmeId={programmeId} />
      {children}
    </>
  );
}
