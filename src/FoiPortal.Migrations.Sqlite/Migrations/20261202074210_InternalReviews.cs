using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InternalReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InternalReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FoiRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Regime = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LoggedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reviewer = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LatestOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExtraWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AcceptedLateReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LinkedToReviewId = table.Column<int>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeLetterPdf = table.Column<byte[]>(type: "BLOB", nullable: true),
                    OutcomeLetterSha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InternalReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InternalReviews_InternalReviews_LinkedToReviewId",
                        column: x => x.LinkedToReviewId,
                        principalTable: "InternalReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InternalReviews_Requests_FoiRequestId",
                        column: x => x.FoiRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InternalReviewQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Released = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    InternalReviewId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InternalReviewQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InternalReviewQuestions_InternalReviews_InternalReviewId",
                        column: x => x.InternalReviewId,
                        principalTable: "InternalReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InternalReviewQuestions_InternalReviewId_Number",
                table: "InternalReviewQuestions",
                columns: new[] { "InternalReviewId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InternalReviews_FoiRequestId",
                table: "InternalReviews",
                column: "FoiRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_InternalReviews_LinkedToReviewId",
                table: "InternalReviews",
                column: "LinkedToReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_InternalReviews_Status_DueOn_Regime",
                table: "InternalReviews",
                columns: new[] { "Status", "DueOn", "Regime" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InternalReviewQuestions");

            migrationBuilder.DropTable(
                name: "InternalReviews");
        }
    }
}
