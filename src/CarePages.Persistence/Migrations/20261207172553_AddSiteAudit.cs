using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePages.Persistence.Migrations
{
    /// <summary>
    /// Creates the site audit's tables (per document, per document × culture × version, findings, runs), the document
    /// summaries the translation status matrix reads, and an index covering the matrix's tally of translation states.
    /// Provider-neutral like <see cref="InitialCreate"/>: no store types are named, and the one filtered index is written in
    /// a form both SQLite and SQL Server accept.
    /// </summary>
    public partial class AddSiteAudit : Migration
    {
        private static readonly string[] StateTallyColumns = ["DocumentKey", "CultureKey", "Status", "PendingNewFingerprint"];
        private static readonly string[] CultureColumns = ["DocumentKey", "CultureKey", "Version"];
        private static readonly string[] ReviewColumns = ["Version", "NextReviewDue"];
        private static readonly string[] RuleColumns = ["Version", "RuleId"];
        private static readonly string[] SeverityColumns = ["Version", "Severity"];
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "carePagesAuditCulture",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    DocumentKey = table.Column<Guid>(nullable: false),
                    Culture = table.Column<string>(maxLength: 32, nullable: false),
                    CultureKey = table.Column<string>(maxLength: 32, nullable: false),
                    Version = table.Column<int>(nullable: false),
                    Fingerprint = table.Column<string>(maxLength: 64, nullable: false),
                    DocumentName = table.Column<string>(maxLength: 512, nullable: false),
                    ContentTypeAlias = table.Column<string>(maxLength: 128, nullable: false),
                    ReviewedOn = table.Column<DateOnly>(nullable: true),
                    NextReviewDue = table.Column<DateOnly>(nullable: true),
                    Blockers = table.Column<int>(nullable: false),
                    Warnings = table.Column<int>(nullable: false),
                    Infos = table.Column<int>(nullable: false),
                    CheckedAt = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carePagesAuditCulture", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "carePagesAuditDocument",
                columns: table => new
                {
                    DocumentKey = table.Column<Guid>(nullable: false),
                    Stamp = table.Column<string>(maxLength: 128, nullable: false),
                    SettingsStamp = table.Column<string>(maxLength: 64, nullable: false),
                    RecheckOn = table.Column<DateOnly>(nullable: true),
                    Name = table.Column<string>(maxLength: 512, nullable: false),
                    ContentTypeAlias = table.Column<string>(maxLength: 128, nullable: false),
                    CheckedAt = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carePagesAuditDocument", x => x.DocumentKey);
                });

            migrationBuilder.CreateTable(
                name: "carePagesAuditRun",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    ActiveSlot = table.Column<int>(nullable: true),
                    State = table.Column<int>(nullable: false),
                    Trigger = table.Column<string>(maxLength: 32, nullable: false),
                    RequestedBy = table.Column<string>(maxLength: 256, nullable: false),
                    RequestedAt = table.Column<long>(nullable: false),
                    StartedAt = table.Column<long>(nullable: true),
                    FinishedAt = table.Column<long>(nullable: true),
                    Owner = table.Column<string>(maxLength: 256, nullable: true),
                    HeartbeatAt = table.Column<long>(nullable: true),
                    Resumed = table.Column<int>(nullable: false),
                    Documents = table.Column<int>(nullable: false),
                    Total = table.Column<int>(nullable: false),
                    Done = table.Column<int>(nullable: false),
                    CulturesChecked = table.Column<int>(nullable: false),
                    Unreadable = table.Column<int>(nullable: false),
                    CurrentDocumentKey = table.Column<Guid>(nullable: true),
                    CurrentDocumentName = table.Column<string>(maxLength: 512, nullable: true),
                    CancelRequested = table.Column<bool>(nullable: false),
                    Error = table.Column<string>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carePagesAuditRun", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "carePagesDocumentSummary",
                columns: table => new
                {
                    DocumentKey = table.Column<Guid>(nullable: false),
                    Stamp = table.Column<string>(maxLength: 128, nullable: false),
                    Name = table.Column<string>(maxLength: 512, nullable: false),
                    ContentTypeAlias = table.Column<string>(maxLength: 128, nullable: false),
                    TranslatableFields = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carePagesDocumentSummary", x => x.DocumentKey);
                });

            migrationBuilder.CreateTable(
                name: "carePagesAuditFinding",
                columns: table => new
                {
                    CultureId = table.Column<Guid>(nullable: false),
                    Ordinal = table.Column<int>(nullable: false),
                    DocumentKey = table.Column<Guid>(nullable: false),
                    CultureKey = table.Column<string>(maxLength: 32, nullable: false),
                    Version = table.Column<int>(nullable: false),
                    ContentTypeAlias = table.Column<string>(maxLength: 128, nullable: false),
                    RuleId = table.Column<string>(maxLength: 64, nullable: false),
                    MessageKey = table.Column<string>(maxLength: 128, nullable: false),
                    Severity = table.Column<int>(nullable: false),
                    Property = table.Column<string>(maxLength: 400, nullable: true),
                    Snippet = table.Column<string>(nullable: false),
                    Wcag = table.Column<string>(maxLength: 128, nullable: false),
                    ActRule = table.Column<string>(maxLength: 16, nullable: true),
                    Arguments = table.Column<string>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carePagesAuditFinding", x => new { x.CultureId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_carePagesAuditFinding_carePagesAuditCulture_CultureId",
                        column: x => x.CultureId,
                        principalTable: "carePagesAuditCulture",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_carePagesTranslationState_DocumentKey_CultureKey_Status_PendingNewFingerprint",
                table: "carePagesTranslationState",
                columns: StateTallyColumns);

            migrationBuilder.CreateIndex(
                name: "IX_carePagesAuditCulture_DocumentKey_CultureKey_Version",
                table: "carePagesAuditCulture",
                columns: CultureColumns,
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_carePagesAuditCulture_Version_NextReviewDue",
                table: "carePagesAuditCulture",
                columns: ReviewColumns);

            migrationBuilder.CreateIndex(
                name: "IX_carePagesAuditFinding_DocumentKey",
                table: "carePagesAuditFinding",
                column: "DocumentKey");

            migrationBuilder.CreateIndex(
                name: "IX_carePagesAuditFinding_Version_RuleId",
                table: "carePagesAuditFinding",
                columns: RuleColumns);

            migrationBuilder.CreateIndex(
                name: "IX_carePagesAuditFinding_Version_Severity",
                table: "carePagesAuditFinding",
                columns: SeverityColumns);

            migrationBuilder.CreateIndex(
                name: "IX_carePagesAuditRun_ActiveSlot",
                table: "carePagesAuditRun",
                column: "ActiveSlot",
                unique: true,
                filter: "[ActiveSlot] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_carePagesAuditRun_RequestedAt",
                table: "carePagesAuditRun",
                column: "RequestedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "carePagesAuditDocument");

            migrationBuilder.DropTable(
                name: "carePagesAuditFinding");

            migrationBuilder.DropTable(
                name: "carePagesAuditRun");

            migrationBuilder.DropTable(
                name: "carePagesDocumentSummary");

            migrationBuilder.DropTable(
                name: "carePagesAuditCulture");

            migrationBuilder.DropIndex(
                name: "IX_carePagesTranslationState_DocumentKey_CultureKey_Status_PendingNewFingerprint",
                table: "carePagesTranslationState");
        }
    }
}
