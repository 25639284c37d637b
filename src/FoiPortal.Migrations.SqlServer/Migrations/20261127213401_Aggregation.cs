using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Aggregation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CostAggregationLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestId = table.Column<int>(type: "int", nullable: false),
                    OtherRequestId = table.Column<int>(type: "int", nullable: false),
                    Ground = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SimilarInformation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ConcertReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AggregatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    AggregatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostAggregationLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostAggregationLinks_Requests_OtherRequestId",
                        column: x => x.OtherRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CostAggregationLinks_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CostAggregationLinks_OtherRequestId",
                table: "CostAggregationLinks",
                column: "OtherRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_CostAggregationLinks_RequestId_OtherRequestId",
                table: "CostAggregationLinks",
                columns: new[] { "RequestId", "OtherRequestId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CostAggregationLinks");
        }
    }
}
