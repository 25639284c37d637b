using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AfterTheResponseAndStaffAccounts : Migration
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

            migrationBuilder.AddColumn<DateTime>(
                name: "DisabledAtUtc",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "InviteExpiresAtUtc",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InviteTokenHash",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSignInAtUtc",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastTotpStep",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LockoutNoticeFor",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TotpSecret",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

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
                name: "RegulatorComplaints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FoiRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Regulator = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Regime = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseReference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ToldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NoticeOutcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    NoticeReference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    NoticeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeStepsOrdered = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NoticeStepsPeriodDays = table.Column<int>(type: "INTEGER", nullable: true),
                    NoticeRecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NoticeRecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegulatorComplaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegulatorComplaints_Requests_FoiRequestId",
                        column: x => x.FoiRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffAuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffRecoveryCodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffRecoveryCodes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffSignIns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffSignIns", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "RegulatorDeadlines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegulatorComplaintId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DoneNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DoneBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegulatorDeadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegulatorDeadlines_RegulatorComplaints_RegulatorComplaintId",
                        column: x => x.RegulatorComplaintId,
                        principalTable: "RegulatorComplaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegulatorReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegulatorDeadlineId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegulatorReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegulatorReminders_RegulatorDeadlines_RegulatorDeadlineId",
                        column: x => x.RegulatorDeadlineId,
                        principalTable: "RegulatorDeadlines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_InviteTokenHash",
                table: "AspNetUsers",
                column: "InviteTokenHash",
                unique: true,
                filter: "[InviteTokenHash] IS NOT NULL");

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

            migrationBuilder.CreateIndex(
                name: "IX_RegulatorComplaints_FoiRequestId_Stage",
                table: "RegulatorComplaints",
                columns: new[] { "FoiRequestId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_RegulatorDeadlines_RegulatorComplaintId",
                table: "RegulatorDeadlines",
                column: "RegulatorComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_RegulatorDeadlines_State_DueOn",
                table: "RegulatorDeadlines",
                columns: new[] { "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RegulatorReminders_RegulatorDeadlineId_Kind_DueOn",
                table: "RegulatorReminders",
                columns: new[] { "RegulatorDeadlineId", "Kind", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffAuditEntries_UserId_AtUtc",
                table: "StaffAuditEntries",
                columns: new[] { "UserId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffRecoveryCodes_UserId_CodeHash",
                table: "StaffRecoveryCodes",
                columns: new[] { "UserId", "CodeHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffSignIns_UserId_AtUtc",
                table: "StaffSignIns",
                columns: new[] { "UserId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InternalReviewQuestions");

            migrationBuilder.DropTable(
                name: "RegulatorReminders");

            migrationBuilder.DropTable(
                name: "StaffAuditEntries");

            migrationBuilder.DropTable(
                name: "StaffRecoveryCodes");

            migrationBuilder.DropTable(
                name: "StaffSignIns");

            migrationBuilder.DropTable(
                name: "InternalReviews");

            migrationBuilder.DropTable(
                name: "RegulatorDeadlines");

            migrationBuilder.DropTable(
                name: "RegulatorComplaints");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_InviteTokenHash",
                table: "AspNetUsers");

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

            migrationBuilder.DropColumn(
                name: "DisabledAtUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "InviteExpiresAtUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "InviteTokenHash",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LastSignInAtUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LastTotpStep",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LockoutNoticeFor",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "TotpSecret",
                table: "AspNetUsers");
        }
    }
}
