using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.SqlServer.Migrations
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SameOrSimilarNumbers",
                table: "CostEstimates",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SameOrSimilarReason",
                table: "CostEstimates",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusedQuestionNumbers",
                table: "CostDecisions",
                type: "nvarchar(200)",
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
