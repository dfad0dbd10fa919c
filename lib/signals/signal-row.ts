import type { SignalSource, SignalStatus, TopicKey, Visibility } from "@/lib/generated/prisma/enums";

// A signal as a list shows it (the tension picture, the agenda): components/signals/signal-summary.tsx.
export type SignalRow = {
  id: string;
  text: string;
  level: number;
  source: SignalSource;
  visibility: Visibility;
  status: SignalStatus;
  createdAt: Date;
  topic: { key: TopicKey | null; name: string | null } | null;
  area: { name: string } | null;
};
