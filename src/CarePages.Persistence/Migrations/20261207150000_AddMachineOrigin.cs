using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePages.Persistence.Migrations
{
    /// <summary>
    /// Adds where a field's machine draft came from (engine, version, time, who asked, the engine's output) to the
    /// translation states. Provider-neutral like <see cref="InitialCreate"/>: every column is nullable, so rows written
    /// before stay valid as translations a person wrote.
    /// </summary>
    public partial class AddMachineOrigin : Migration
    {
        private const string Table = "carePagesTranslationState";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(name: "MachineEngine", table: Table, maxLength: 64, nullable: true);
            migrationBuilder.AddColumn<string>(name: "MachineEngineVersion", table: Table, maxLength: 128, nullable: true);
            migrationBuilder.AddColumn<string>(name: "MachineOutput", table: Table, nullable: true);
            migrationBuilder.AddColumn<string>(name: "MachineRequestedByKey", table: Table, maxLength: 128, nullable: true);
            migrationBuilder.AddColumn<string>(name: "MachineRequestedByName", table: Table, maxLength: 256, nullable: true);
            migrationBuilder.AddColumn<long>(name: "MachineTranslatedAt", table: Table, nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var column in new[] { "MachineEngine", "MachineEngineVersion", "MachineOutput", "MachineRequestedByKey", "MachineRequestedByName", "MachineTranslatedAt" })
            {
                migrationBuilder.DropColumn(name: column, table: Table);
            }
        }
    }
}
