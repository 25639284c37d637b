using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WorkingToOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_AssignedOfficer_Status_DueOn_Reference",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_Status_DueOn_Reference_AssignedOfficer_Regime",
                table: "Requests");

            migrationBuilder.AddColumn<DateOnly>(
                name: "WorkingToOn",
                table: "Requests",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Existing requests work to their stored due date until their clock or calendar next changes (docs/adr/007).
            migrationBuilder.Sql("UPDATE \"Requests\" SET \"WorkingToOn\" = \"DueOn\";");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_AssignedOfficer_Status_WorkingToOn_Reference",
                table: "Requests",
                columns: new[] { "AssignedOfficer", "Status", "WorkingToOn", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Status_WorkingToOn_Reference_AssignedOfficer_Regime",
                table: "Requests",
                columns: new[] { "Status", "WorkingToOn", "Reference", "AssignedOfficer", "Regime" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_AssignedOfficer_Status_WorkingToOn_Reference",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_Status_WorkingToOn_Reference_AssignedOfficer_Regime",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "WorkingToOn",
                table: "Requests");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_AssignedOfficer_Status_DueOn_Reference",
                table: "Requests",
                columns: new[] { "AssignedOfficer", "Status", "DueOn", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Status_DueOn_Reference_AssignedOfficer_Regime",
                table: "Requests",
                columns: new[] { "Status", "DueOn", "Reference", "AssignedOfficer", "Regime" });
        }
    }
}
