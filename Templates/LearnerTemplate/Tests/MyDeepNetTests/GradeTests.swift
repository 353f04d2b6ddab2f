import ConformanceTesting
import MyDeepNet
import Testing

@Test func myFunctionsMatchTheNotebook() { expectConformance(MyCourseFunctions(), edition: "blog") }
