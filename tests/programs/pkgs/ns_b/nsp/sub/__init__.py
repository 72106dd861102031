KIND = "regular package inside a namespace package"
