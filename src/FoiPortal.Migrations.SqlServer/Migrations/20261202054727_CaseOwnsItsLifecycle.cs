using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CaseOwnsItsLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_AssignedOfficer_Status_DueOn_Reference",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_Status_DueOn_Reference_AssignedOfficer_Regime",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_ExemptionDecisions_SignOff_FoiRequestId",
                table: "ExemptionDecisions");

            migrationBuilder.DropIndex(
                name: "IX_CostDecisions_SignOff_FoiRequestId",
                table: "CostDecisions");

            migrationBuilder.AddColumn<string>(
                name: "RequesterYourReference",
                table: "Requests",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WorkingToOn",
                table: "Requests",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Existing requests work to their stored due date until their clock or calendar next changes (docs/adr/009).
            migrationBuilder.Sql("UPDATE [Requests] SET [WorkingToOn] = [DueOn];");

            migrationBuilder.AddColumn<string>(
                name: "YourReference",
                table: "RequestDrafts",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "OutboundEmails",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OutboundEmailAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OutboundEmailId = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    ResponseDocumentId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboundEmailAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboundEmailAttachments_OutboundEmails_OutboundEmailId",
                        column: x => x.OutboundEmailId,
                        principalTable: "OutboundEmails",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OutboundEmailAttachments_ResponseDocuments_ResponseDocumentId",
                        column: x => x.ResponseDocumentId,
                        principalTable: "ResponseDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_AssignedOfficer_Status_WorkingToOn_Reference",
                table: "Requests",
                columns: new[] { "AssignedOfficer", "Status", "WorkingToOn", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Status_WorkingToOn_Reference_AssignedOfficer_Regime",
                table: "Requests",
                columns: new[] { "Status", "WorkingToOn", "Reference", "AssignedOfficer", "Regime" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboundEmails_IdempotencyKey",
                table: "OutboundEmails",
                column: "IdempotencyKey",
                unique: true,
                filter: "[IdempotencyKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundEmailAttachments_OutboundEmailId_Position",
                table: "OutboundEmailAttachments",
                columns: new[] { "OutboundEmailId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboundEmailAttachments_ResponseDocumentId",
                table: "OutboundEmailAttachments",
                column: "ResponseDocumentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutboundEmailAttachments");

            migrationBuilder.DropIndex(
                name: "IX_Requests_AssignedOfficer_Status_WorkingToOn_Reference",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_Status_WorkingToOn_Reference_AssignedOfficer_Regime",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_OutboundEmails_IdempotencyKey",
                table: "OutboundEmails");

            migrationBuilder.DropColumn(
                name: "RequesterYourReference",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "WorkingToOn",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "YourReference",
                table: "RequestDrafts");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "OutboundEmails");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_AssignedOfficer_Status_DueOn_Reference",
                table: "Requests",
                columns: new[] { "AssignedOfficer", "Status", "DueOn", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Status_DueOn_Reference_AssignedOfficer_Regime",
                table: "Requests",
                columns: new[] { "Status", "DueOn", "Reference", "AssignedOfficer", "Regime" });

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionDecisions_SignOff_FoiRequestId",
                table: "ExemptionDecisions",
                columns: new[] { "SignOff", "FoiRequestId" });

            migrationBuilder.CreateIndex(
                name: "IX_CostDecisions_SignOff_FoiRequestId",
                table: "CostDecisions",
                columns: new[] { "SignOff", "FoiRequestId" });
        }
    }
}
