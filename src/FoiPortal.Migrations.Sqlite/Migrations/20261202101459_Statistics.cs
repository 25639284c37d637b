using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Statistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublishedQuarters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FiguresJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedQuarters", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_ReceivedOn_Regime",
                table: "Requests",
                columns: new[] { "ReceivedOn", "Regime" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestClockEvents_Kind_On_RequestId",
                table: "RequestClockEvents",
                columns: new[] { "Kind", "On", "RequestId" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedQuarters_Year_Quarter_Version",
                table: "PublishedQuarters",
                columns: new[] { "Year", "Quarter", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedQuarters");

            migrationBuilder.DropIndex(
                name: "IX_Requests_ReceivedOn_Regime",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_RequestClockEvents_Kind_On_RequestId",
                table: "RequestClockEvents");
        }
    }
}
