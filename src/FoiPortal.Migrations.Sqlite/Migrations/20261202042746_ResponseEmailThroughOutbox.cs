using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ResponseEmailThroughOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "OutboundEmails",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OutboundEmailAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutboundEmailId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseDocumentId = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "IX_OutboundEmails_IdempotencyKey",
                table: "OutboundEmails",
                column: "IdempotencyKey",
                unique: true);

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
                name: "IX_OutboundEmails_IdempotencyKey",
                table: "OutboundEmails");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "OutboundEmails");
        }
    }
}
