using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RegulatorComplaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegulatorReminders");

            migrationBuilder.DropTable(
                name: "RegulatorDeadlines");

            migrationBuilder.DropTable(
                name: "RegulatorComplaints");
        }
    }
}
