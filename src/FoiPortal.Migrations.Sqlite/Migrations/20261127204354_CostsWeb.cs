using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CostsWeb : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CostDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FoiRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GoodwillDisclosure = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdviceText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    RefusalWording = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    LimitAmount = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    LimitMinutes = table.Column<long>(type: "INTEGER", nullable: true),
                    EstimateMinutes = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SignOff = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostDecisions_Requests_FoiRequestId",
                        column: x => x.FoiRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostEstimates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FoiRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Regime = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostEstimates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostEstimates_Requests_FoiRequestId",
                        column: x => x.FoiRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostEstimateLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Activity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Units = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MinutesPerUnit = table.Column<int>(type: "INTEGER", nullable: false),
                    MinutesLow = table.Column<int>(type: "INTEGER", nullable: true),
                    MinutesHigh = table.Column<int>(type: "INTEGER", nullable: true),
                    ConfirmedOverEightHoursPerUnit = table.Column<bool>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CostEstimateId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostEstimateLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostEstimateLines_CostEstimates_CostEstimateId",
                        column: x => x.CostEstimateId,
                        principalTable: "CostEstimates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CostDecisions_FoiRequestId",
                table: "CostDecisions",
                column: "FoiRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_CostDecisions_SignOff_FoiRequestId",
                table: "CostDecisions",
                columns: new[] { "SignOff", "FoiRequestId" });

            migrationBuilder.CreateIndex(
                name: "IX_CostEstimateLines_CostEstimateId_LineNumber",
                table: "CostEstimateLines",
                columns: new[] { "CostEstimateId", "LineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CostEstimates_FoiRequestId",
                table: "CostEstimates",
                column: "FoiRequestId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CostDecisions");

            migrationBuilder.DropTable(
                name: "CostEstimateLines");

            migrationBuilder.DropTable(
                name: "CostEstimates");
        }
    }
}
