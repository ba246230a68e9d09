namespace InterviewPrep.Web.Services;

/// <summary>A practice session the log refused to keep, with the reason in words the candidate can act on.</summary>
public sealed class PracticeRejectedException(string message) : Exception(message);
