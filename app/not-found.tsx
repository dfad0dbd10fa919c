import { PersonalHeader } from "@/components/app-header";
import { NotFoundPage } from "@/components/page/not-found-page";

export default function NotFound() {
  return (
    <>
      <PersonalHeader />
      <NotFoundPage />
    </>
  );
}
