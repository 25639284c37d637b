using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace FoiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NotesRowClaimingAndRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LegalHoldBy",
                table: "Requests",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "Requests",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LegalHoldSinceUtc",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PersonalDataRemovedAtUtc",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "OutboundEmails",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedUntilUtc",
                table: "OutboundEmails",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FoiRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EditedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_Requests_FoiRequestId",
                        column: x => x.FoiRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    HeldBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HeldUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseYears = table.Column<int>(type: "INTEGER", nullable: false),
                    RegulatorYears = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseNoteRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CaseNoteId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNoteRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNoteRevisions_CaseNotes_CaseNoteId",
                        column: x => x.CaseNoteId,
                        principalTable: "CaseNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "JobLeases",
                columns: new[] { "Name", "HeldBy", "HeldUntilUtc" },
                values: new object[,]
                {
                    { "deadline-reminders", null, null },
                    { "intake-folder", null, null },
                    { "intake-imap", null, null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_PersonalDataRemovedAtUtc",
                table: "Requests",
                column: "PersonalDataRemovedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_RequestEvents_Kind_AtUtc",
                table: "RequestEvents",
                columns: new[] { "Kind", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNoteRevisions_CaseNoteId",
                table: "CaseNoteRevisions",
                column: "CaseNoteId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_FoiRequestId_WrittenAtUtc",
                table: "CaseNotes",
                columns: new[] { "FoiRequestId", "WrittenAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRecords_AtUtc",
                table: "RetentionRecords",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRecords_RequestId",
                table: "RetentionRecords",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseNoteRevisions");

            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropTable(
                name: "RetentionRecords");

            migrationBuilder.DropTable(
                name: "RetentionSettings");

            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropIndex(
                name: "IX_Requests_PersonalDataRemovedAtUtc",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_RequestEvents_Kind_AtUtc",
                table: "RequestEvents");

            migrationBuilder.DropColumn(
                name: "LegalHoldBy",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "LegalHoldReason",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "LegalHoldSinceUtc",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "PersonalDataRemovedAtUtc",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "OutboundEmails");

            migrationBuilder.DropColumn(
                name: "ClaimedUntilUtc",
                table: "OutboundEmails");
        }
    }
}
