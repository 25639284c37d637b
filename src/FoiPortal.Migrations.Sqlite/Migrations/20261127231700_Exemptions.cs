using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Exemptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExemptionCatalogue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Regime = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Provision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HarmTest = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsNeitherConfirmNorDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    NcndCounterpartKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    StandardWording = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SensitiveByDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSensitive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExemptionCatalogue", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExemptionCatalogueChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WordingBefore = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WordingAfter = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SensitiveBefore = table.Column<bool>(type: "INTEGER", nullable: true),
                    SensitiveAfter = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExemptionCatalogueChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExemptionDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FoiRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CitedInTheAlternative = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReasonsWithheld = table.Column<bool>(type: "INTEGER", nullable: false),
                    InformationDescription = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SignOff = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExemptionDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExemptionDecisions_Requests_FoiRequestId",
                        column: x => x.FoiRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExemptionCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ExemptionKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    HarmPrejudice = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    HarmLikelihood = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PublicInterestForDisclosure = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PublicInterestForMaintaining = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PublicInterestConclusion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExemptionDecisionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExemptionCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExemptionCitations_ExemptionDecisions_ExemptionDecisionId",
                        column: x => x.ExemptionDecisionId,
                        principalTable: "ExemptionDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionCatalogue_Key",
                table: "ExemptionCatalogue",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionCatalogue_Regime",
                table: "ExemptionCatalogue",
                column: "Regime");

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionCatalogueChanges_EntryKey_ChangedAtUtc",
                table: "ExemptionCatalogueChanges",
                columns: new[] { "EntryKey", "ChangedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionCitations_ExemptionDecisionId_Position",
                table: "ExemptionCitations",
                columns: new[] { "ExemptionDecisionId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionDecisions_FoiRequestId_QuestionNumber",
                table: "ExemptionDecisions",
                columns: new[] { "FoiRequestId", "QuestionNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionDecisions_SignOff_FoiRequestId",
                table: "ExemptionDecisions",
                columns: new[] { "SignOff", "FoiRequestId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExemptionCatalogue");

            migrationBuilder.DropTable(
                name: "ExemptionCatalogueChanges");

            migrationBuilder.DropTable(
                name: "ExemptionCitations");

            migrationBuilder.DropTable(
                name: "ExemptionDecisions");
        }
    }
}
