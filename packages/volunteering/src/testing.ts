// placeholder: replaced by the package implementation
export {}
