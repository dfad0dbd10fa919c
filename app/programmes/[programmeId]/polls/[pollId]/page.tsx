import { pageTitle } from "@/lib/i18n/page-title";
import { AnswerPollForm } from "@/components/polls/answer-poll-form";
import { PickPollOptionForm } from "@/components/polls/pick-poll-option-form";
import { PollGrid } from "@/components/polls/poll-grid";
import { PollNotices } from "@/components/polls/poll-notices";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getPoll } from "@/lib/polls/get-poll";

export const generateMetadata = pageTitle("polls.detailPageTitle");

// A date poll: the member's answers; for planners the grid of everyone's and picking the
// date, from its link (`?form=pick`).
export default async function PollPage({ params, searchParams }: { params: Promise<{ programmeId: string; pollId: string }>; searchParams: Promise<{ saved?: string; form?: string }> }) {
  const { programmeId, pollId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/polls/${pollId}`);
  const poll = await loadForPage(() => getPoll(viewer, programmeId, pollId));
  const { saved, form } = await searchParams;
  const open = !poll.poll.closedAt;

  return (
    <Page title={poll.poll.title} width="wide">
      <PollNotices programmeId={programmeId} saved={saved === "1"} dinnerId={poll.poll.dinnerId} closed={!open} />
      {open && <AnswerPollForm programmeId={programmeId} poll={poll} />}
      {poll.canPlan && <PollGrid poll={poll} />}
      {poll.canPlan && open && <PickPollOptionForm programmeId={programmeId} poll={poll} open={form === "pick"} />}
    </Page>
  );
}
