using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewPrep.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class UnifyTimeColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "OccurredAtUtc",
                table: "PageViews",
                newName: "OccurredAt");

            migrationBuilder.RenameIndex(
                name: "IX_PageViews_OccurredAtUtc",
                table: "PageViews",
                newName: "IX_PageViews_OccurredAt");

            migrationBuilder.RenameColumn(
                name: "DecidedAtUtc",
                table: "ConsentRecords",
                newName: "DecidedAt");

            migrationBuilder.RenameIndex(
                name: "IX_ConsentRecords_DecidedAtUtc",
                table: "ConsentRecords",
                newName: "IX_ConsentRecords_DecidedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "OccurredAt",
                table: "PageViews",
                newName: "OccurredAtUtc");

            migrationBuilder.RenameIndex(
                name: "IX_PageViews_OccurredAt",
                table: "PageViews",
                newName: "IX_PageViews_OccurredAtUtc");

            migrationBuilder.RenameColumn(
                name: "DecidedAt",
                table: "ConsentRecords",
                newName: "DecidedAtUtc");

            migrationBuilder.RenameIndex(
                name: "IX_ConsentRecords_DecidedAt",
                table: "ConsentRecords",
                newName: "IX_ConsentRecords_DecidedAtUtc");
        }
    }
}
