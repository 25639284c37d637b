using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FoiRequestId = table.Column<int>(type: "int", nullable: false),
                    Regulator = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Regime = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CaseReference = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ToldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NoticeOutcome = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    NoticeReference = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    NoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeStepsOrdered = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    NoticeStepsPeriodDays = table.Column<int>(type: "int", nullable: true),
                    NoticeRecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NoticeRecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RegulatorComplaintId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    State = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DoneNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DoneBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RegulatorDeadlineId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
