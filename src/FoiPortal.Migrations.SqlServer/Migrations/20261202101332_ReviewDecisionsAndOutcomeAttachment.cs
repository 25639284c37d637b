using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReviewDecisionsAndOutcomeAttachment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "ResponseDocumentId",
                table: "OutboundEmailAttachments",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<int>(
                name: "InternalReviewId",
                table: "OutboundEmailAttachments",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InternalReviewId",
                table: "ExemptionDecisions",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboundEmailAttachments_InternalReviewId",
                table: "OutboundEmailAttachments",
                column: "InternalReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionDecisions_InternalReviewId",
                table: "ExemptionDecisions",
                column: "InternalReviewId");

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

            migrationBuilder.DropIndex(
                name: "IX_OutboundEmailAttachments_InternalReviewId",
                table: "OutboundEmailAttachments");

            migrationBuilder.DropIndex(
                name: "IX_ExemptionDecisions_InternalReviewId",
                table: "ExemptionDecisions");

            migrationBuilder.DropColumn(
                name: "InternalReviewId",
                table: "OutboundEmailAttachments");

            migrationBuilder.DropColumn(
                name: "InternalReviewId",
                table: "ExemptionDecisions");

            migrationBuilder.AlterColumn<long>(
                name: "ResponseDocumentId",
                table: "OutboundEmailAttachments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);
        }
    }
}
