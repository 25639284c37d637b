using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Queue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_Status_DueOn",
                table: "Requests");

            migrationBuilder.CreateTable(
                name: "DeadlineReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeadlineReminders_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_AssignedOfficer_Status_DueOn_Reference",
                table: "Requests",
                columns: new[] { "AssignedOfficer", "Status", "DueOn", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Status_DueOn_Reference_AssignedOfficer_Regime",
                table: "Requests",
                columns: new[] { "Status", "DueOn", "Reference", "AssignedOfficer", "Regime" });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineReminders_RequestId_Kind_DueOn",
                table: "DeadlineReminders",
                columns: new[] { "RequestId", "Kind", "DueOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeadlineReminders");

            migrationBuilder.DropIndex(
                name: "IX_Requests_AssignedOfficer_Status_DueOn_Reference",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_Status_DueOn_Reference_AssignedOfficer_Regime",
                table: "Requests");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Status_DueOn",
                table: "Requests",
                columns: new[] { "Status", "DueOn" });
        }
    }
}
