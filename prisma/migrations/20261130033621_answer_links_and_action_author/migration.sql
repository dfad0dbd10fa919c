-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "createdById" TEXT;

-- CreateTable
CREATE TABLE "DinnerAnswerLink" (
    "id" TEXT NOT NULL,
    "dinnerId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DinnerAnswerLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DinnerAnswerLink_tokenHash_key" ON "DinnerAnswerLink"("tokenHash");

-- CreateIndex
CREATE INDEX "DinnerAnswerLink_dinnerId_membershipId_idx" ON "DinnerAnswerLink"("dinnerId", "membershipId");

-- CreateIndex
CREATE INDEX "DinnerAnswerLink_membershipId_idx" ON "DinnerAnswerLink"("membershipId");

-- CreateIndex
CREATE INDEX "DinnerAnswerLink_expiresAt_idx" ON "DinnerAnswerLink"("expiresAt");

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DinnerAnswerLink" ADD CONSTRAINT "DinnerAnswerLink_dinnerId_fkey" FOREIGN KEY ("dinnerId") REFERENCES "Dinner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DinnerAnswerLink" ADD CONSTRAINT "DinnerAnswerLink_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
