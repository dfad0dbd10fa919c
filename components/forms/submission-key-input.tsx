import { newSubmissionKey } from "@/lib/forms/submission-key";

// The hidden submission key of a form that must write once (lib/forms/submission-key.ts).
// A fresh key per render; `key` makes React replace the input when a re-render brings a
// new one, so a saved form never posts its old key again.
export function SubmissionKeyInput() {
  const value = newSubmissionKey();
  return <input key={value} type="hidden" name="submissionKey" value={value} />;
}
