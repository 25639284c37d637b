using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LegalAccuracy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LateOnOriginalDueOn",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SameOrSimilarNumbers",
                table: "CostEstimates",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SameOrSimilarReason",
                table: "CostEstimates",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusedQuestionNumbers",
                table: "CostDecisions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LateOnOriginalDueOn",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "SameOrSimilarNumbers",
                table: "CostEstimates");

            migrationBuilder.DropColumn(
                name: "SameOrSimilarReason",
                table: "CostEstimates");

            migrationBuilder.DropColumn(
                name: "RefusedQuestionNumbers",
                table: "CostDecisions");
        }
    }
}
