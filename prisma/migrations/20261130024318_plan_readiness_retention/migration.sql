-- CreateEnum
CREATE TYPE "ReadinessStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE');

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "retentionDays" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "ReadinessPoint" DROP COLUMN "done",
ADD COLUMN     "reviewedAt" TIMESTAMPTZ(3),
ADD COLUMN     "status" "ReadinessStatus" NOT NULL DEFAULT 'NOT_STARTED',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ProgrammePlan" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "vision" TEXT NOT NULL,
    "goals" JSONB NOT NULL DEFAULT '[]',
    "policeRole" TEXT NOT NULL DEFAULT '',
    "municipalityRole" TEXT NOT NULL DEFAULT '',
    "communityRole" TEXT NOT NULL DEFAULT '',
    "reviewedUnchanged" BOOLEAN NOT NULL DEFAULT false,
    "authorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammePlan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgrammePlan_authorId_idx" ON "ProgrammePlan"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammePlan_programmeId_version_key" ON "ProgrammePlan"("programmeId", "version");

-- AddForeignKey
ALTER TABLE "ProgrammePlan" ADD CONSTRAINT "ProgrammePlan_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammePlan" ADD CONSTRAINT "ProgrammePlan_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;
