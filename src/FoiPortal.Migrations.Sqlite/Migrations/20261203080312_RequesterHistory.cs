using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RequesterHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NoFurtherNoticeEarlierReference",
                table: "Requests",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoFurtherNoticeReason",
                table: "Requests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EarlierRequestReceivedOn",
                table: "ExemptionDecisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EarlierRequestReference",
                table: "ExemptionDecisions",
                type: "TEXT",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NoFurtherNoticeEarlierReference",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "NoFurtherNoticeReason",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "EarlierRequestReceivedOn",
                table: "ExemptionDecisions");

            migrationBuilder.DropColumn(
                name: "EarlierRequestReference",
                table: "ExemptionDecisions");
        }
    }
}
