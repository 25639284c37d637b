using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FoiRequestId = table.Column<int>(type: "int", nullable: false),
                    Regime = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LoggedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Grounds = table.Column<string>(type: "nvarchar(max)", maxLength: 5000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Reviewer = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LatestOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExtraWorkingDays = table.Column<int>(type: "int", nullable: true),
                    ExtensionReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AcceptedLateReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    LinkedToReviewId = table.Column<int>(type: "int", nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(max)", maxLength: 5000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OutcomeLetterPdf = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    OutcomeLetterSha256 = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Grounds = table.Column<string>(type: "nvarchar(max)", maxLength: 5000, nullable: true),
                    Finding = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Reasons = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Released = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    InternalReviewId = table.Column<int>(type: "int", nullable: false)
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
