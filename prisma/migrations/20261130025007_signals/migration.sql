-- CreateEnum
CREATE TYPE "SignalSource" AS ENUM ('SEEN', 'HEARD', 'EXPECTED');

-- CreateEnum
CREATE TYPE "SignalStatus" AS ENUM ('OPEN', 'ON_AGENDA', 'ACTION', 'CLOSED');

-- CreateTable
CREATE TABLE "SignalArea" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignalArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signal" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "topicId" TEXT,
    "areaId" TEXT,
    "text" TEXT NOT NULL,
    "source" "SignalSource" NOT NULL,
    "level" INTEGER NOT NULL,
    "visibility" "Visibility" NOT NULL DEFAULT 'ALL_MEMBERS',
    "authorId" TEXT,
    "status" "SignalStatus" NOT NULL DEFAULT 'OPEN',
    "agendaDinnerId" TEXT,
    "actionId" TEXT,
    "closingNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Signal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignalMonthCount" (
    "programmeId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "topicId" TEXT NOT NULL DEFAULT '',
    "areaId" TEXT NOT NULL DEFAULT '',
    "level" INTEGER NOT NULL,
    "visibility" "Visibility" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SignalMonthCount_pkey" PRIMARY KEY ("programmeId","month","topicId","areaId","level","visibility")
);

-- CreateTable
CREATE TABLE "SignalSettings" (
    "programmeId" TEXT NOT NULL,
    "pulseEveryDays" INTEGER DEFAULT 14,
    "alertLevel" INTEGER NOT NULL DEFAULT 4,
    "retentionMonths" INTEGER NOT NULL DEFAULT 12,
    "alertedLevel" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SignalSettings_pkey" PRIMARY KEY ("programmeId")
);

-- CreateTable
CREATE TABLE "TensionAlert" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "previousLevel" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TensionAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PulseRound" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "opensAt" TIMESTAMPTZ(3) NOT NULL,
    "closesAt" TIMESTAMPTZ(3) NOT NULL,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PulseRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PulseInvite" (
    "roundId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "answered" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PulseInvite_pkey" PRIMARY KEY ("roundId","membershipId")
);

-- CreateTable
CREATE TABLE "PulseAnswer" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "party" "Party" NOT NULL,
    "level" INTEGER NOT NULL,
    "remark" TEXT,

    CONSTRAINT "PulseAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SignalArea_programmeId_name_key" ON "SignalArea"("programmeId", "name");

-- CreateIndex
CREATE INDEX "Signal_programmeId_createdAt_idx" ON "Signal"("programmeId", "createdAt");

-- CreateIndex
CREATE INDEX "Signal_authorId_idx" ON "Signal"("authorId");

-- CreateIndex
CREATE INDEX "Signal_agendaDinnerId_idx" ON "Signal"("agendaDinnerId");

-- CreateIndex
CREATE INDEX "TensionAlert_programmeId_createdAt_idx" ON "TensionAlert"("programmeId", "createdAt");

-- CreateIndex
CREATE INDEX "PulseRound_programmeId_opensAt_idx" ON "PulseRound"("programmeId", "opensAt");

-- CreateIndex
CREATE UNIQUE INDEX "PulseInvite_tokenHash_key" ON "PulseInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "PulseInvite_membershipId_idx" ON "PulseInvite"("membershipId");

-- CreateIndex
CREATE INDEX "PulseAnswer_roundId_idx" ON "PulseAnswer"("roundId");

-- AddForeignKey
ALTER TABLE "SignalArea" ADD CONSTRAINT "SignalArea_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "SignalArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_agendaDinnerId_fkey" FOREIGN KEY ("agendaDinnerId") REFERENCES "Dinner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignalMonthCount" ADD CONSTRAINT "SignalMonthCount_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignalSettings" ADD CONSTRAINT "SignalSettings_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TensionAlert" ADD CONSTRAINT "TensionAlert_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseRound" ADD CONSTRAINT "PulseRound_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseInvite" ADD CONSTRAINT "PulseInvite_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PulseRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseInvite" ADD CONSTRAINT "PulseInvite_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseAnswer" ADD CONSTRAINT "PulseAnswer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PulseRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;
