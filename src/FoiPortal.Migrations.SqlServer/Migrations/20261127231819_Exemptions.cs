using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Regime = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Provision = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Basis = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    HarmTest = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    IsNeitherConfirmNorDeny = table.Column<bool>(type: "bit", nullable: false),
                    NcndCounterpartKey = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    StandardWording = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    SensitiveByDefault = table.Column<bool>(type: "bit", nullable: false),
                    IsSensitive = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExemptionCatalogue", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExemptionCatalogueChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EntryKey = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    WordingBefore = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    WordingAfter = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SensitiveBefore = table.Column<bool>(type: "bit", nullable: true),
                    SensitiveAfter = table.Column<bool>(type: "bit", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExemptionCatalogueChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExemptionDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FoiRequestId = table.Column<int>(type: "int", nullable: false),
                    QuestionNumber = table.Column<int>(type: "int", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CitedInTheAlternative = table.Column<bool>(type: "bit", nullable: false),
                    ReasonsWithheld = table.Column<bool>(type: "bit", nullable: false),
                    InformationDescription = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SignOff = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ReviewedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReviewComment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Position = table.Column<int>(type: "int", nullable: false),
                    ExemptionKey = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Reasons = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    HarmPrejudice = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    HarmLikelihood = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    PublicInterestForDisclosure = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PublicInterestForMaintaining = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PublicInterestConclusion = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ExemptionDecisionId = table.Column<int>(type: "int", nullable: false)
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
