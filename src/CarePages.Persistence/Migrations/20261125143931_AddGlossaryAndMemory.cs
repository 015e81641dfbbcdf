using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePages.Persistence.Migrations
{
    /// <summary>
    /// Creates the glossary and translation memory tables. Provider-neutral like <see cref="InitialCreate"/>: no store
    /// types are named, and the identity column carries both providers' annotations.
    /// </summary>
    public partial class AddGlossaryAndMemory : Migration
    {
        private static readonly string[] MemoryLookupColumns = ["SourceCultureKey", "TargetCultureKey", "TextHash"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "carePagesGlossaryEntry",
                columns: table => new
                {
                    SourceCultureKey = table.Column<string>(maxLength: 32, nullable: false),
                    TargetCultureKey = table.Column<string>(maxLength: 32, nullable: false),
                    TermKey = table.Column<string>(maxLength: 256, nullable: false),
                    SourceCulture = table.Column<string>(maxLength: 32, nullable: false),
                    TargetCulture = table.Column<string>(maxLength: 32, nullable: false),
                    SourceTerm = table.Column<string>(nullable: false),
                    TargetTerm = table.Column<string>(nullable: false),
                    DoNotTranslate = table.Column<bool>(nullable: false),
                    Note = table.Column<string>(nullable: true),
                    PartOfSpeech = table.Column<string>(maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carePagesGlossaryEntry", x => new { x.SourceCultureKey, x.TargetCultureKey, x.TermKey });
                });

            migrationBuilder.CreateTable(
                name: "carePagesTranslationMemory",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1")
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceCultureKey = table.Column<string>(maxLength: 32, nullable: false),
                    TargetCultureKey = table.Column<string>(maxLength: 32, nullable: false),
                    TextHash = table.Column<string>(maxLength: 64, nullable: false),
                    SourceCulture = table.Column<string>(maxLength: 32, nullable: false),
                    TargetCulture = table.Column<string>(maxLength: 32, nullable: false),
                    SourceText = table.Column<string>(nullable: false),
                    TargetText = table.Column<string>(nullable: false),
                    DocumentKey = table.Column<Guid>(nullable: false),
                    FieldPath = table.Column<string>(maxLength: 400, nullable: false),
                    ApprovedByKey = table.Column<string>(maxLength: 128, nullable: false),
                    ApprovedByName = table.Column<string>(maxLength: 256, nullable: false),
                    ApprovedAt = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carePagesTranslationMemory", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_carePagesTranslationMemory_SourceCultureKey_TargetCultureKey_TextHash",
                table: "carePagesTranslationMemory",
                columns: MemoryLookupColumns,
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "carePagesGlossaryEntry");

            migrationBuilder.DropTable(
                name: "carePagesTranslationMemory");
        }
    }
}
