using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CitationsReviewDecisionsIntakeAndStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RequestId",
                table: "OutboundEmails",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "ResponseDocumentId",
                table: "OutboundEmailAttachments",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "InternalReviewId",
                table: "OutboundEmailAttachments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InternalReviewId",
                table: "ExemptionDecisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Paragraphs",
                table: "ExemptionCitations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "CalendarAdjustments",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InboundMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportKey = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FromAddress = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    FromName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    InReplyTo = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Raw = table.Column<byte[]>(type: "BLOB", nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: true),
                    HtmlBody = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    NotARequestReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    HandledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboundMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InboundMessages_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "InboundAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InboundMessageId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DeclaredContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DetectedType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboundAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InboundAttachments_InboundMessages_InboundMessageId",
                        column: x => x.InboundMessageId,
                        principalTable: "InboundMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_OutboundEmails_RequestId",
                table: "OutboundEmails",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundEmailAttachments_InternalReviewId",
                table: "OutboundEmailAttachments",
                column: "InternalReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionDecisions_InternalReviewId",
                table: "ExemptionDecisions",
                column: "InternalReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_InboundAttachments_InboundMessageId_Position",
                table: "InboundAttachments",
                columns: new[] { "InboundMessageId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboundMessages_ImportKey",
                table: "InboundMessages",
                column: "ImportKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboundMessages_ReceivedAtUtc",
                table: "InboundMessages",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_InboundMessages_RequestId",
                table: "InboundMessages",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_InboundMessages_Status_ReceivedAtUtc",
                table: "InboundMessages",
                columns: new[] { "Status", "ReceivedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedQuarters_Year_Quarter_Version",
                table: "PublishedQuarters",
                columns: new[] { "Year", "Quarter", "Version" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ExemptionDecisions_InternalReviews_InternalReviewId",
                table: "ExemptionDecisions",
                column: "InternalReviewId",
                principalTable: "InternalReviews",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_OutboundEmailAttachments_InternalReviews_InternalReviewId",
                table: "OutboundEmailAttachments",
                column: "InternalReviewId",
                principalTable: "InternalReviews",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_OutboundEmails_Requests_RequestId",
                table: "OutboundEmails",
                column: "RequestId",
                principalTable: "Requests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ExemptionDecisions_InternalReviews_InternalReviewId",
                table: "ExemptionDecisions");

            migrationBuilder.DropForeignKey(
                name: "FK_OutboundEmailAttachments_InternalReviews_InternalReviewId",
                table: "OutboundEmailAttachments");

            migrationBuilder.DropForeignKey(
                name: "FK_OutboundEmails_Requests_RequestId",
                table: "OutboundEmails");

            migrationBuilder.DropTable(
                name: "InboundAttachments");

            migrationBuilder.DropTable(
                name: "PublishedQuarters");

            migrationBuilder.DropTable(
                name: "InboundMessages");

            migrationBuilder.DropIndex(
                name: "IX_Requests_ReceivedOn_Regime",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_RequestClockEvents_Kind_On_RequestId",
                table: "RequestClockEvents");

            migrationBuilder.DropIndex(
                name: "IX_OutboundEmails_RequestId",
                table: "OutboundEmails");

            migrationBuilder.DropIndex(
                name: "IX_OutboundEmailAttachments_InternalReviewId",
                table: "OutboundEmailAttachments");

            migrationBuilder.DropIndex(
                name: "IX_ExemptionDecisions_InternalReviewId",
                table: "ExemptionDecisions");

            migrationBuilder.DropColumn(
                name: "RequestId",
                table: "OutboundEmails");

            migrationBuilder.DropColumn(
                name: "InternalReviewId",
                table: "OutboundEmailAttachments");

            migrationBuilder.DropColumn(
                name: "InternalReviewId",
                table: "ExemptionDecisions");

            migrationBuilder.DropColumn(
                name: "Paragraphs",
                table: "ExemptionCitations");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "CalendarAdjustments");

            migrationBuilder.AlterColumn<long>(
                name: "ResponseDocumentId",
                table: "OutboundEmailAttachments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
