-- CreateIndex
CREATE INDEX "ActionUpdate_authorId_createdAt_idx" ON "ActionUpdate"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "IncidentUpdate_authorId_createdAt_idx" ON "IncidentUpdate"("authorId", "createdAt");
