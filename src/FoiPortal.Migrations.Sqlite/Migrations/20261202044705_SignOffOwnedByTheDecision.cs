using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SignOffOwnedByTheDecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExemptionDecisions_SignOff_FoiRequestId",
                table: "ExemptionDecisions");

            migrationBuilder.DropIndex(
                name: "IX_CostDecisions_SignOff_FoiRequestId",
                table: "CostDecisions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
