using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePages.Persistence.Migrations
{
    /// <summary>
    /// Adds the tallies the translation status matrix reads (fields per document, culture and effective status), counted
    /// once here from the stored states and kept by the state store from then on, and the counter the store raises at
    /// every save so servers can keep the tallies in memory while it stays the same; drops the index that covered adding
    /// the states up on every request. Provider-neutral like <see cref="InitialCreate"/>: the counting is plain SQL that
    /// SQLite and SQL Server both run.
    /// </summary>
    public partial class AddTranslationTally : Migration
    {
        private static readonly string[] StateTallyColumns = ["DocumentKey", "CultureKey", "Status", "PendingNewFingerprint"];
        private static readonly string[] CounterColumns = ["Name", "Value"];

        // A state whose source changed shows as Outdated (TranslationTallies.EffectiveStatus), whatever its workflow status.
        private const string CountStatesSql = """
            INSERT INTO carePagesTranslationTally (DocumentKey, CultureKey, Status, Count)
            SELECT DocumentKey, CultureKey, EffectiveStatus, COUNT(*)
            FROM (
                SELECT DocumentKey, CultureKey,
                       CASE WHEN PendingNewFingerprint IS NULL THEN Status ELSE 'Outdated' END AS EffectiveStatus
                FROM carePagesTranslationState
            ) states
            GROUP BY DocumentKey, CultureKey, EffectiveStatus;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_carePagesTranslationState_DocumentKey_CultureKey_Status_PendingNewFingerprint",
                table: "carePagesTranslationState");

            migrationBuilder.CreateTable(
                name: "carePagesCounter",
                columns: table => new
                {
                    Name = table.Column<string>(maxLength: 32, nullable: false),
                    Value = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carePagesCounter", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "carePagesTranslationTally",
                columns: table => new
                {
                    DocumentKey = table.Column<Guid>(nullable: false),
                    CultureKey = table.Column<string>(maxLength: 32, nullable: false),
                    Status = table.Column<string>(maxLength: 32, nullable: false),
                    Count = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carePagesTranslationTally", x => new { x.DocumentKey, x.CultureKey, x.Status });
                });

            migrationBuilder.InsertData(
                table: "carePagesCounter",
                columns: CounterColumns,
                values: new object[] { "TranslationTally", 0L });

            migrationBuilder.Sql(CountStatesSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "carePagesCounter");

            migrationBuilder.DropTable(
                name: "carePagesTranslationTally");

            migrationBuilder.CreateIndex(
                name: "IX_carePagesTranslationState_DocumentKey_CultureKey_Status_PendingNewFingerprint",
                table: "carePagesTranslationState",
                columns: StateTallyColumns);
        }
    }
}
