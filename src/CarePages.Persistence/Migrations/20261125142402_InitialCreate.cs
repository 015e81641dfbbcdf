using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePages.Persistence.Migrations
{
    /// <summary>
    /// Creates the translation state, audit and job tables. Provider-neutral: no store types are named, so the same
    /// migration makes SQLite and SQL Server columns, and the identity column carries both providers' annotations.
    /// </summary>
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "carePagesTranslationAudit",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1")
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentKey = table.Column<Guid>(nullable: false),
                    Culture = table.Column<string>(maxLength: 32, nullable: false),
                    FieldPath = table.Column<string>(maxLength: 400, nullable: true),
                    Action = table.Column<string>(maxLength: 32, nullable: false),
                    ActorKey = table.Column<string>(maxLength: 128, nullable: false),
                    ActorName = table.Column<string>(maxLength: 256, nullable: false),
                    At = table.Column<long>(nullable: false),
                    Details = table.Column<string>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carePagesTranslationAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "carePagesTranslationJob",
                columns: table => new
                {
                    JobId = table.Column<string>(maxLength: 128, nullable: false),
                    Format = table.Column<string>(maxLength: 32, nullable: false),
                    SourceCulture = table.Column<string>(maxLength: 32, nullable: false),
                    TargetCulture = table.Column<string>(maxLength: 32, nullable: false),
                    CreatedByKey = table.Column<string>(maxLength: 128, nullable: false),
                    CreatedByName = table.Column<string>(maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(nullable: false),
                    ExportJson = table.Column<string>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carePagesTranslationJob", x => x.JobId);
                });

            migrationBuilder.CreateTable(
                name: "carePagesTranslationState",
                columns: table => new
                {
                    DocumentKey = table.Column<Guid>(nullable: false),
                    CultureKey = table.Column<string>(maxLength: 32, nullable: false),
                    FieldPath = table.Column<string>(maxLength: 400, nullable: false),
                    Culture = table.Column<string>(maxLength: 32, nullable: false),
                    Status = table.Column<string>(maxLength: 32, nullable: false),
                    SourceFingerprint = table.Column<string>(maxLength: 64, nullable: true),
                    SourceText = table.Column<string>(nullable: true),
                    PendingNewFingerprint = table.Column<string>(maxLength: 64, nullable: true),
                    PendingNewSourceText = table.Column<string>(nullable: true),
                    PendingOldSourceText = table.Column<string>(nullable: true),
                    TranslatedByKey = table.Column<string>(maxLength: 128, nullable: true),
                    TranslatedByName = table.Column<string>(maxLength: 256, nullable: true),
                    ChangedByKey = table.Column<string>(maxLength: 128, nullable: true),
                    ChangedByName = table.Column<string>(maxLength: 256, nullable: true),
                    ChangedAt = table.Column<long>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carePagesTranslationState", x => new { x.DocumentKey, x.CultureKey, x.FieldPath });
                });

            migrationBuilder.CreateTable(
                name: "carePagesTranslationJobDocument",
                columns: table => new
                {
                    JobId = table.Column<string>(maxLength: 128, nullable: false),
                    DocumentKey = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carePagesTranslationJobDocument", x => new { x.JobId, x.DocumentKey });
                    table.ForeignKey(
                        name: "FK_carePagesTranslationJobDocument_carePagesTranslationJob_JobId",
                        column: x => x.JobId,
                        principalTable: "carePagesTranslationJob",
                        principalColumn: "JobId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_carePagesTranslationAudit_DocumentKey",
                table: "carePagesTranslationAudit",
                column: "DocumentKey");

            migrationBuilder.CreateIndex(
                name: "IX_carePagesTranslationJobDocument_DocumentKey",
                table: "carePagesTranslationJobDocument",
                column: "DocumentKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "carePagesTranslationAudit");

            migrationBuilder.DropTable(
                name: "carePagesTranslationJobDocument");

            migrationBuilder.DropTable(
                name: "carePagesTranslationState");

            migrationBuilder.DropTable(
                name: "carePagesTranslationJob");
        }
    }
}
